package org.firegov.portal.api;

/** Each service's JSON API, one client ({@link Api}) per service, shared by the calls that go to it. */
record ServiceApis(Api inspection, Api accountability, Api training, Api infrastructure) {
}
