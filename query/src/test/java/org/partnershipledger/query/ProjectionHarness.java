package org.partnershipledger.query;

import com.mongodb.client.MongoDatabase;
import java.util.function.Function;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.queryhandling.DefaultQueryGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;

/**
 * A projection on a fresh test database, fed and asked through Axon's own adapters, so that its
 * annotations are exercised as the application uses them.
 */
public record ProjectionHarness(TestDatabase database, AnnotationEventHandlerAdapter events, QueryGateway queries)
        implements AutoCloseable {

    public static ProjectionHarness start(Function<MongoDatabase, Object> projection) {
        TestDatabase database = TestDatabase.start();
        Object handlers = projection.apply(database.database());
        SimpleQueryBus queryBus = SimpleQueryBus.builder().build();
        new AnnotationQueryHandlerAdapter<>(handlers).subscribe(queryBus);
        return new ProjectionHarness(
                database,
                new AnnotationEventHandlerAdapter(handlers),
                DefaultQueryGateway.builder().queryBus(queryBus).build());
    }

    @Override
    public void close() {
        database.close();
    }
}
