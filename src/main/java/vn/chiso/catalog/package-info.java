/**
 * The index catalog: indices (PAR INDEX, SIPAS, PAPI …), criteria sets per year and subject as trees of criteria with
 * maximum points, score steps, assessment methods and responsible agencies (revisions; a locked set is history),
 * import and export of a set as .xlsx, published results (kết quả công bố) and targets (mục tiêu) with their
 * evaluation. Other features read it through {@link vn.chiso.catalog.CatalogLookup}, {@link vn.chiso.catalog.CatalogService}
 * and {@link vn.chiso.catalog.ResultService}.
 */
package vn.chiso.catalog;
