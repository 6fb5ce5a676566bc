/** Each role's home page (the dashboards build on it). */
package vn.chiso.home;
