/**
 * Who is signed in and what they may touch: the principal ({@link vn.chiso.security.CurrentUser}), the agency-scoping
 * rules every feature calls ({@link vn.chiso.security.AccessPolicy}), and login throttling.
 */
package vn.chiso.security;
