package fixtures.r2dbc;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import reactor.core.publisher.Mono;

class EventJanitor {

    private final R2dbcEntityTemplate template;

    EventJanitor(R2dbcEntityTemplate template) {
        this.template = template;
    }

    Mono<Long> everyRow() {
        return template.delete(Event.class).all(); // expect: delete-without-where "`template.delete(Event.class).all()` deletes every row of Event; add a matching(...) that selects the rows"
    }

    Mono<Long> everyArchivedRow() {
        return template.delete(Event.class).from("event_archive").all(); // expect: delete-without-where
    }

    Mono<Long> filtered(long id) {
        return template.delete(Event.class).matching(query(where("id").is(id))).all(); // clean: matching
    }

    Mono<Long> filteredArchive(String kind) {
        return template.delete(Event.class).from("event_archive").matching(query(where("kind").is(kind))).all(); // clean: matching
    }
}
