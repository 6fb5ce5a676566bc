/**
 * The index catalog: indices (PAR INDEX, SIPAS, PAPI …), criteria sets per year and subject as trees of criteria with
 * maximum points and responsible agencies, published results and targets. Other features read it through
 * {@link vn.chiso.catalog.CatalogLookup}.
 */
package vn.chiso.catalog;
