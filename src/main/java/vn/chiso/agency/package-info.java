/**
 * Agencies (cơ quan, đơn vị) with their history (valid from/to, successor) and the named agency groups that plans
 * assign tasks to. Other features use {@link vn.chiso.agency.AgencyService} and its records.
 */
package vn.chiso.agency;
