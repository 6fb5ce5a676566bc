/**
 * Evidence (tài liệu kiểm chứng) for any owner (progress entries, self-assessment scores): uploaded files stored in
 * PostgreSQL and checked by content, references to issued documents, and citations of both by other owners. Other
 * features use {@link vn.chiso.evidence.EvidenceService}, its records, the fragments in {@code evidence/fragments.html}
 * and, to narrow who reads their files, {@link vn.chiso.evidence.EvidenceAccessRule}.
 */
package vn.chiso.evidence;
