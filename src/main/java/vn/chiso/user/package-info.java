/** User accounts: administrators manage them; every user changes the own password. Also the sign-in lookup. */
package vn.chiso.user;
