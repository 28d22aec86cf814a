using System.ComponentModel.DataAnnotations;

namespace Saas.Server.Features.Shops;

public sealed class ShopOptions
{
    public const string Section = "Shops";

    /// <summary>
    /// How long an applied delivery's id is kept to recognise a redelivery. Shopify retries a webhook for 48 hours
    /// and WooCommerce for less, so a week is the least allowed.
    /// </summary>
    [Range(typeof(TimeSpan), "7.00:00:00", "3650.00:00:00")]
    public TimeSpan DeliveryRetention { get; set; } = TimeSpan.FromDays(30);
}
