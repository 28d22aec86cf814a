namespace Saas.Server.Features.Imports;

/// <summary>The two kinds of file an owner can import.</summary>
public static class ImportKinds
{
    public const string Orders = "orders";
    public const string Customers = "customers";

    public static bool IsKnown(string? kind) => kind is Orders or Customers;

    public static IReadOnlyList<ImportField> FieldsOf(string kind) => kind == Orders ? ImportFields.Orders : ImportFields.Customers;
}

/// <summary>A field an import can fill; <see cref="Names"/> are the header names (English and Chinese) that propose it.</summary>
public sealed record ImportField(string Key, bool Required, params string[] Names);

/// <summary>
/// The fields of each kind of file. Header names are compared after lower-casing and dropping spaces, '_', '-' and
/// '.', so "Order ID", "order_id" and "orderid" all name the order id.
/// </summary>
public static class ImportFields
{
    public const string OrderId = "orderId";
    public const string CustomerId = "customerId";
    public const string Date = "date";
    public const string Total = "total";
    public const string Currency = "currency";
    public const string Email = "email";
    public const string Name = "name";
    public const string Phone = "phone";
    public const string City = "city";
    public const string Region = "region";
    public const string Channel = "channel";
    public const string Sku = "sku";
    public const string Category = "category";
    public const string Quantity = "quantity";
    public const string Price = "price";
    public const string Discount = "discount";
    public const string UnitCost = "unitCost";
    public const string Gender = "gender";
    public const string BirthYear = "birthYear";
    public const string Occupation = "occupation";
    public const string IncomeBand = "incomeBand";

    private static readonly ImportField[] Contact =
    [
        new(Email, false, "email", "emailaddress", "mail", "邮箱", "电子邮箱", "电子邮件", "邮件"),
        new(Name, false, "name", "customername", "fullname", "姓名", "客户名称", "客户姓名", "名字", "顾客姓名"),
        new(Phone, false, "phone", "mobile", "telephone", "phonenumber", "tel", "手机", "手机号", "电话", "联系电话"),
        new(City, false, "city", "城市", "所在城市"),
        new(Region, false, "region", "province", "state", "area", "地区", "省份", "区域", "省"),
    ];

    private static readonly ImportField CustomerKey =
        new(CustomerId, true, "customerid", "customer", "customerno", "customernumber", "buyerid", "userid", "memberid", "客户id", "客户编号", "客户号", "会员id", "会员编号", "用户id");

    public static readonly IReadOnlyList<ImportField> Orders =
    [
        new(OrderId, true, "orderid", "order", "orderno", "ordernumber", "订单号", "订单编号", "订单id"),
        CustomerKey,
        new(Date, true, "date", "orderdate", "placedat", "createdat", "orderedat", "time", "日期", "下单日期", "下单时间", "订单日期", "时间"),
        new(Total, true, "total", "amount", "ordertotal", "totalamount", "value", "金额", "订单金额", "总金额", "实付金额", "合计"),
        new(Currency, false, "currency", "币种", "货币"),
        ..Contact,
        new(Channel, false, "channel", "source", "store", "shop", "渠道", "来源", "店铺"),
        new(Sku, false, "sku", "product", "productid", "item", "itemid", "商品编号", "商品", "货号", "产品"),
        new(Category, false, "category", "productcategory", "类别", "品类", "商品类别", "分类"),
        new(Quantity, false, "quantity", "qty", "数量", "件数"),
        new(Price, false, "price", "unitprice", "单价", "价格"),
        new(Discount, false, "discount", "折扣", "优惠", "优惠金额"),
        new(UnitCost, false, "unitcost", "cost", "costofgoods", "成本", "单位成本"),
    ];

    public static readonly IReadOnlyList<ImportField> Customers =
    [
        CustomerKey,
        ..Contact,
        new(Gender, false, "gender", "sex", "性别"),
        new(BirthYear, false, "birthyear", "yearofbirth", "出生年份", "出生年"),
        new(Occupation, false, "occupation", "job", "profession", "职业"),
        new(IncomeBand, false, "incomeband", "income", "收入", "收入水平", "收入段"),
    ];
}
