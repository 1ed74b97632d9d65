package org.hibernate;

/** Stub of Hibernate's session: the method signatures the samples call. */
public interface Session {
    Object createNativeQuery(String sql);

    Object createMutationQuery(String hql);

    Object createQuery(String hql);
}
