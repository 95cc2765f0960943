package org.shcportal.checking;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The places for checks under way on this replica: a check takes one before its upload is read and gives it back
 * when it has been answered, failed or cut off. A place not given back within its lifetime (a connection closed at a
 * moment no handler hears of) is taken back, so that no mishap can leave the page busy for good.
 */
final class CheckPlaces {

    /** Routing-context key of a check's {@link Place}. */
    static final String KEY = "org.shcportal.checking.place";

    private final int size;
    private final long lifetimeNanos;
    private final Map<Place, Long> taken = new HashMap<>();

    /** @param lifetime longer than any check takes */
    CheckPlaces(int size, Duration lifetime) {
        this.size = size;
        this.lifetimeNanos = lifetime.toNanos();
    }

    /** A place, or none while all are taken. */
    synchronized Optional<Place> take() {
        long now = System.nanoTime();
        taken.values().removeIf(since -> now - since > lifetimeNanos);
        if (taken.size() >= size) {
            return Optional.empty();
        }
        Place place = new Place();
        taken.put(place, now);
        return Optional.of(place);
    }

    private synchronized void giveBack(Place place) {
        taken.remove(place);
    }

    /** One check's place; giving it back more than once is harmless. */
    final class Place {

        private Place() {
        }

        void giveBack() {
            CheckPlaces.this.giveBack(this);
        }
    }
}
