package shop.orders;

import java.util.List;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.data.repository.reactive.ReactiveCrudRepository;

class ArchiveStore {

    private final JdbcAggregateTemplate template;
    private final ReactiveCrudRepository<Archive, Long> archives;

    ArchiveStore(JdbcAggregateTemplate template, ReactiveCrudRepository<Archive, Long> archives) {
        this.template = template;
        this.archives = archives;
    }

    void wipe() {
        template.deleteAll(Archive.class); // expect: delete-without-where "`template.deleteAll(Archive.class)` deletes every row of the table of `Archive`"
        archives.deleteAll().block(); // expect: delete-without-where "every row of the table of `Archive`"
    }

    void prune(List<Archive> old) {
        template.deleteAll(old); // clean: the aggregates given
        archives.deleteById(3L).block(); // clean: by id
    }
}
