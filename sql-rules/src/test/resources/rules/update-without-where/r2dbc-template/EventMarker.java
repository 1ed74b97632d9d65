package fixtures.r2dbc;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;
import static org.springframework.data.relational.core.query.Update.update;

import org.springframework.data.r2dbc.core.R2dbcEntityOperations;
import reactor.core.publisher.Mono;

class EventMarker {

    private final R2dbcEntityOperations operations;

    EventMarker(R2dbcEntityOperations operations) {
        this.operations = operations;
    }

    Mono<Long> everyRow() {
        return operations.update(Event.class).apply(update("status", "seen")); // expect: update-without-where "updates every row of Event; add a matching(...) that selects the rows"
    }

    Mono<Long> everyArchivedRow() {
        return operations.update(Event.class).inTable("event_archive").apply(update("status", "seen")); // expect: update-without-where
    }

    Mono<Long> filtered(long id) {
        return operations.update(Event.class).matching(query(where("id").is(id))).apply(update("status", "seen")); // clean: matching
    }

    Mono<Long> filteredArchive(long id) {
        return operations.update(Event.class).inTable("event_archive") // clean: matching
                .matching(query(where("id").is(id)))
                .apply(update("status", "seen"));
    }
}
