/**
 * The index catalog: indices (PAR INDEX, SIPAS, PAPI …), criteria sets per year and subject as trees of criteria with
 * maximum points, score steps, assessment methods and responsible agencies (revisions; a locked set is history),
 * import and export of a set as .xlsx, published results (kết quả công bố) and targets (mục tiêu) with their
 * evaluation. Catalog owns three rules that every page and report uses and none repeats: the evaluation of a target
 * ({@link vn.chiso.catalog.ResultService#evaluate(int)} → {@link vn.chiso.catalog.TargetEvaluation}, including the rank
 * rescale across numbers of ranked provinces and "Chưa đủ dữ liệu"), the number of provinces ranked per year and
 * index, and the criteria tree and its order ({@link vn.chiso.catalog.CatalogLookup#tree(long)} →
 * {@link vn.chiso.catalog.CriteriaTree.Node}). Other features read it through {@link vn.chiso.catalog.CatalogLookup},
 * {@link vn.chiso.catalog.CatalogService} and {@link vn.chiso.catalog.ResultService}.
 */
package vn.chiso.catalog;
