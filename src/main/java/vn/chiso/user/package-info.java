/**
 * User accounts: administrators manage them; every user changes the own password. Also the sign-in lookup.
 *
 * <p>Published view (a read model other modules may join in SQL to name the people who acted on their rows, never
 * write; migration {@code user/V212__publish_user.sql}): {@code pub_user(id, full_name, role, agency_id, enabled)},
 * every account. That column list is user's contract; sign-in data (username, e-mail, password, sign-in times) is not
 * published.
 */
package vn.chiso.user;
