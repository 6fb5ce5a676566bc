package vn.chiso.notification;

import vn.chiso.security.Role;

/** A person who may receive messages: enabled, with an e-mail address, and the mode in force for them. */
record Recipient(long userId, String fullName, String email, Role role, Long agencyId, MailMode mode) {
}
