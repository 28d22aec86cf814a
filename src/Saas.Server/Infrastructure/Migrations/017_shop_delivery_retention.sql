-- Applied deliveries are forgotten once no platform redelivers them (ShopDeliveryRetention, hourly).
CREATE INDEX shop_deliveries_by_age ON shop_deliveries (received_at);
