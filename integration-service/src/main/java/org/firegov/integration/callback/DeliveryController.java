package org.firegov.integration.callback;

import java.time.Instant;
import java.util.List;

import org.firegov.kit.domain.BusinessRuleViolation;
import org.firegov.kit.domain.NotFound;
import org.firegov.kit.readmodel.PageOf;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A client inspects its callbacks (the delivery log) and redelivers parked ones. Only its own. */
@RestController
@RequestMapping("/api/integration/deliveries")
class DeliveryController {

    private final Deliveries deliveries;
    private final MongoTemplate mongo;

    DeliveryController(Deliveries deliveries, MongoTemplate mongo) {
        this.deliveries = deliveries;
        this.mongo = mongo;
    }

    record DeliverySummary(String id, String subject, String type, long sequence, CallbackDelivery.Status status,
                           int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                           Instant deliveredAt) {

        static DeliverySummary of(CallbackDelivery d) {
            return new DeliverySummary(d.id(), d.subject(), d.type(), d.sequence(), d.status(), d.attempts(),
                    d.status() == CallbackDelivery.Status.PENDING ? d.nextAttemptAt() : null, d.lastError(),
                    d.createdAt(), d.deliveredAt());
        }
    }

    record DeliveryDetail(DeliverySummary delivery, String body, List<DeliveryAttempt> attempts) {
    }

    @GetMapping
    PageOf<DeliverySummary> list(@RequestParam(required = false) CallbackDelivery.Status status,
                                 @RequestParam(required = false) String subject, Pageable pageable) {
        Criteria criteria = Criteria.where("clientId").is(CallbackController.client());
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (subject != null) {
            criteria = criteria.and("subject").is(subject);
        }
        PageOf<CallbackDelivery> page = PageOf.query(mongo, Query.query(criteria).with(Sort.by("order")), pageable,
                CallbackDelivery.class, CallbackDelivery.COLLECTION);
        return new PageOf<>(page.items().stream().map(DeliverySummary::of).toList(), page.page(), page.size(),
                page.total());
    }

    @GetMapping("/{deliveryId}")
    DeliveryDetail get(@PathVariable String deliveryId) {
        CallbackDelivery delivery = deliveries.find(CallbackController.client(), deliveryId);
        if (delivery == null) {
            throw new NotFound("delivery", deliveryId);
        }
        return new DeliveryDetail(DeliverySummary.of(delivery), delivery.body(), deliveries.attemptsOf(deliveryId));
    }

    /** A parked delivery is tried again (with a fresh set of attempts); its application's later ones follow. */
    @PostMapping("/{deliveryId}/redelivery")
    ResponseEntity<Void> redeliver(@PathVariable String deliveryId) {
        String client = CallbackController.client();
        if (deliveries.find(client, deliveryId) == null) {
            throw new NotFound("delivery", deliveryId);
        }
        if (!deliveries.redeliver(client, deliveryId, Instant.now())) {
            throw new BusinessRuleViolation.Conflict("delivery-not-parked", "only a parked delivery can be redelivered");
        }
        return ResponseEntity.accepted().build();
    }
}
