package org.shcportal.feed;

import java.util.List;

import ca.uhn.hl7v2.model.Message;

/** What one kind of feed message does to the registry, inside the message's transaction. */
interface RecordChange {

    /**
     * Applies {@code message} from {@code sender} and returns the persons whose records it changed; adds a
     * {@link FeedProblem} for each problem, an error whenever it returns no person.
     */
    List<ChangedPerson> apply(Message message, String sender, List<FeedProblem> problems);
}
