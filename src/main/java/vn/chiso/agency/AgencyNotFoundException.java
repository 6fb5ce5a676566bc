package vn.chiso.agency;

import vn.chiso.common.NotFoundException;

public class AgencyNotFoundException extends NotFoundException {

	private AgencyNotFoundException(Object id) {
		super("agency.notFound", id);
	}

	public static AgencyNotFoundException forId(Object id) {
		return new AgencyNotFoundException(id);
	}

}
