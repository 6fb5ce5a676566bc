/**
 * The province this installation serves (its name, the bodies and place printed on reports, who signs them) and the
 * setup checklist that shows a new province what is still missing. Other features read it through
 * {@link vn.chiso.province.ProvinceProfileService} and its {@link vn.chiso.province.ProvinceIdentity} record.
 */
package vn.chiso.province;
