/** Small types shared by every feature: exceptions with message keys, flash messages, Vietnamese text helpers. */
package vn.chiso.common;
