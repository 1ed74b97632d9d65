package io.github.sqlguard.spotbugs.samples.query;

import io.ebean.typequery.PLong;
import io.ebean.typequery.TQRootBean;

/** A query bean as Ebean generates it, in the {@code query} package beside the entities. */
public class QOrder extends TQRootBean<Object, QOrder> {
    public PLong<QOrder> id;
}
