package shop.orders;

import org.springframework.data.repository.ListCrudRepository;

interface BaseRepository<T> extends ListCrudRepository<T, Long> {
}

/** The entity comes through the project's own generic base. */
public interface AuditRepository extends BaseRepository<AuditEntry> {
}
