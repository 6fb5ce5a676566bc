/**
 * Safe reading of uploaded .xlsx files (package inspection before POI, size and cell limits, formulas refused) and the
 * import exception with its message key: published to every module that imports a workbook. Also the opening of the
 * streaming workbooks that exports and reports write ({@link vn.chiso.common.excel.StreamingWorkbooks}).
 */
@NamedInterface("excel")
package vn.chiso.common.excel;

import org.springframework.modulith.NamedInterface;
