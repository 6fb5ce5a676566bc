/**
 * Yearly scoring of the province's own agencies (chấm điểm, xác định Chỉ số CCHC của sở, ban, ngành và UBND cấp xã):
 * rounds per year and subject, self-assessment with evidence, Sở Nội vụ's appraisal, the agency's explanation, final
 * scores, ranking and classification bands. Other features read rankings through {@link AgencyAssessmentService}.
 */
package vn.chiso.agencyscore;
