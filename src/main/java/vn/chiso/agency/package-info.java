/**
 * Agencies (cơ quan, đơn vị) with their history (valid from/to, successor) and the named agency groups that plans
 * assign tasks to. Other features use {@link vn.chiso.agency.AgencyService} and its records.
 *
 * <p>Published view (a read model other modules may join in SQL where one query orders or shows rows by agency name,
 * never write; migration {@code agency/V211__publish_agency.sql}): {@code pub_agency(id, name)}, every agency, its full
 * name. That column list is agency's contract; history, successors, groups and kinds are read through the service.
 */
package vn.chiso.agency;
