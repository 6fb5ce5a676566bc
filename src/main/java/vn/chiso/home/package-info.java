/** Each role's home page: the dashboards of {@link vn.chiso.dashboard} and the administrator's shortcuts. */
package vn.chiso.home;
