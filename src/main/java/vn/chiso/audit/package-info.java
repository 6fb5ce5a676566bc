/** The append-only audit trail: every create, change and state transition, with who, when, and the data before and after. */
package vn.chiso.audit;
