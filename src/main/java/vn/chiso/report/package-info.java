/**
 * Excel reports that leadership signs and sends: streamed with Apache POI SXSSF, laid out like official documents
 * (Nghị định 30/2020/NĐ-CP) by {@link vn.chiso.report.OfficialSheetWriter}.
 */
package vn.chiso.report;
