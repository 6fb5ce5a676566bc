/**
 * E-mail notices (thông báo qua thư điện tử): the outbox and its sender, the daily digest of what each person owes,
 * immediate notices of returns, reopenings and reminders, escalation of late entries, people's choices and the
 * administrator's outbox page. Facts come from progress's published queries and events; nothing here reads or writes
 * another module's tables.
 */
package vn.chiso.notification;
