package vn.chiso.catalog;

/** The unit in which an index publishes its score. */
public enum ResultUnit {

	PERCENT, POINTS

}
