using NodaTime;
using OutSmart.Domain.WorkOrders.Tests.TestData;

namespace OutSmart.Domain.WorkOrders.Tests.WorkOrders;

public sealed partial class WorkOrderTests
{
    [Fact]
    public void Sign_WhenValid_StoresSignatureWithEvidenceAndRecordsSignatureCaptured()
    {
        // SIG-01, SIG-12.
        WorkOrder order = WorkOrderFixtures.ReadyToSign();

        var result = order.Sign(Inks.Sample, WorkOrderFixtures.Name("  J. de Vries "), WorkOrderFixtures.Evidence(role: "customer"), WorkOrderFixtures.Actor, Inks.SignedAt);

        Assert.True(result.IsT0);
        Signature signature = order.Signature!;
        Assert.Equal("J. de Vries", signature.SignerName);
        Assert.Equal("customer", signature.SignerRole);
        Assert.Equal(Inks.SignedAt, signature.CapturedAt);
        Assert.Equal(WorkOrderFixtures.Technician, signature.CapturedBy);
        Assert.Equal("tablet-7", signature.DeviceId);
        Assert.Equal("5.2.0", signature.AppVersion);
        var captured = Assert.IsType<SignatureCaptured>(Assert.Single(order.DomainEvents));
        Assert.Equal(signature.ContentHash, captured.ContentHash);
    }

    [Fact]
    public void Sign_WhenPolicyRequiresANameAndNoneGiven_ReturnsSignerNameRequired()
    {
        // SIG-08: the policy requires a name; a malformed one cannot be given (SignerName refuses it).
        WorkOrder order = WorkOrderFixtures.ReadyToSign();

        var result = order.Sign(Inks.Valid(), null, WorkOrderFixtures.Evidence(), WorkOrderFixtures.Actor, Inks.SignedAt);

        Assert.Equal("SIGNER_NAME_REQUIRED", Assert.IsType<SignerNameRequired>(result.Value).Code);
        Assert.Null(order.Signature);
        Assert.Empty(order.DomainEvents);
    }

    [Fact]
    public void Sign_WhenPolicyDoesNotRequireName_AcceptsAnonymousSignature()
    {
        WorkOrder order = WorkOrderFixtures.ReadyToSign(WorkOrderFixtures.Plan(policy: WorkOrderPolicy.Default.WithSignerNameRequired(false)));

        var result = order.Sign(Inks.Valid(), null, WorkOrderFixtures.Evidence(), WorkOrderFixtures.Actor, Inks.SignedAt);

        Assert.True(result.IsT0);
        Assert.Empty(order.GetSendBlockers());
    }

    [Fact]
    public void GetSendBlockers_WhenPolicyLaterRequiresName_ReportsSignatureInvalid()
    {
        WorkOrder order = WorkOrderFixtures.ReadyToSign(WorkOrderFixtures.Plan(policy: WorkOrderPolicy.Default.WithSignerNameRequired(false)));
        order.Sign(Inks.Valid(), null, WorkOrderFixtures.Evidence(), WorkOrderFixtures.Actor, Inks.SignedAt);

        order.ApplyPolicy(WorkOrderPolicy.Default, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        SendBlocker blocker = Assert.Single(order.GetSendBlockers());
        Assert.Equal("SIGNATURE_INVALID", blocker.Code);
        Assert.Equal("signature", blocker.StepId);
        Assert.Contains("name", blocker.Reason);
    }

    [Fact]
    public void ContentHash_WhenSigned_IsSha256LowercaseHexOverCanonicalJson()
    {
        // SIG-09.
        WorkOrder order = WorkOrderFixtures.Sign();
        Signature signature = order.Signature!;

        byte[] json = ContentHash.ToCanonicalJson(order.ToContent(), signature.Ink, signature.SignerName, signature.CapturedAt);
        string expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(json));

        Assert.Matches("^[0-9a-f]{64}$", signature.ContentHash);
        Assert.Equal(expected, signature.ContentHash);
        Assert.StartsWith("{\"workOrder\":{\"id\":\"11111111-1111-1111-1111-111111111111\",\"number\":\"WO-2025-0042\"", System.Text.Encoding.UTF8.GetString(json));
        Assert.Contains("\"strokes\":[[[50,50,0],[70,120,16]", System.Text.Encoding.UTF8.GetString(json));
        Assert.EndsWith("\"signer\":\"J. de Vries\",\"capturedAt\":\"2025-11-20T14:30:00Z\"}}", System.Text.Encoding.UTF8.GetString(json));
    }

    [Fact]
    public void ContentHash_WhenSameContentSignedTwice_IsTheSame()
    {
        Assert.Equal(WorkOrderFixtures.Sign().Signature!.ContentHash, WorkOrderFixtures.Sign().Signature!.ContentHash);
    }

    [Fact]
    public void ContentHash_WhenSignerOrInstantDiffers_Differs()
    {
        WorkOrder order = WorkOrderFixtures.ReadyToSign();
        WorkOrderContent content = order.ToContent();

        string a = ContentHash.Compute(content, Inks.Valid(), "A. Jansen", Inks.SignedAt);
        string b = ContentHash.Compute(content, Inks.Valid(), "B. Jansen", Inks.SignedAt);
        string c = ContentHash.Compute(content, Inks.Valid(), "A. Jansen", Inks.SignedAt + Duration.FromSeconds(1));
        string d = ContentHash.Compute(content, Inks.Valid(13), "A. Jansen", Inks.SignedAt);

        Assert.Equal(4, new[] { a, b, c, d }.Distinct().Count());
    }

    public static TheoryData<string> Changes => ["answer", "photo", "notes", "material", "hours", "clear-answer"];

    [Theory]
    [MemberData(nameof(Changes))]
    public void GetSendBlockers_WhenSignedContentChangedAfterSigning_ReportsSignatureStale(string change)
    {
        // WO-06, SIG-10.
        WorkOrder order = WorkOrderFixtures.Sign();
        Assert.Empty(order.GetSendBlockers());

        Apply(order, change);

        Assert.True(order.IsSignatureStale);
        SendBlocker blocker = Assert.Single(order.GetSendBlockers());
        Assert.Equal("SIGNATURE_STALE", blocker.Code);
        Assert.Equal("The work order changed after signing. Ask the customer to sign again.", blocker.Message);
        Assert.IsType<SendBlocked>(order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now).Value);
    }

    [Fact]
    public void Sign_WhenStaleSignatureReplaced_UnblocksSending()
    {
        WorkOrder order = WorkOrderFixtures.Sign();
        Apply(order, "material");

        order.Sign(Inks.Valid(), WorkOrderFixtures.Name("J. de Vries"), WorkOrderFixtures.Evidence(role: "customer"), WorkOrderFixtures.Actor, Inks.SignedAt + Duration.FromMinutes(5));

        Assert.False(order.IsSignatureStale);
        Assert.Empty(order.GetSendBlockers());
    }

    [Fact]
    public void GetSendBlockers_WhenUnsignedContentChanges_SignatureStaysCurrent()
    {
        WorkOrder order = WorkOrderFixtures.Sign();

        order.Assign(WorkOrderFixtures.Technician, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        order.MarkNotApplicable("materials", WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.False(order.IsSignatureStale);
    }

    [Fact]
    public void ClearSignature_WhenSigned_RemovesItAndRecordsSignatureCleared()
    {
        // SIG-11, SIG-12.
        WorkOrder order = WorkOrderFixtures.Sign();
        string hash = order.Signature!.ContentHash;
        order.ClearDomainEvents();

        var result = order.ClearSignature(WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.True(result.IsT0);
        Assert.Null(order.Signature);
        Assert.Equal(new SignatureCleared(WorkOrderFixtures.OrderId, hash, WorkOrderFixtures.Technician, WorkOrderFixtures.Now), Assert.Single(order.DomainEvents));
        Assert.Contains(order.GetSendBlockers(), b => b.Code == "SIGNATURE_MISSING" && b.StepName == "Customer signature");
    }

    [Fact]
    public void ClearSignature_WhenNoSignature_RecordsNothing()
    {
        WorkOrder order = WorkOrderFixtures.Plan();

        order.ClearSignature(WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        Assert.Empty(order.DomainEvents);
    }

    [Fact]
    public void SignAndClear_WhenSent_ReturnWorkOrderReadOnly()
    {
        WorkOrder order = WorkOrderFixtures.Sign();
        order.Send(WorkOrderFixtures.Send1, WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        var sign = order.Sign(Inks.Valid(), WorkOrderFixtures.Name("Other"), WorkOrderFixtures.Evidence(), WorkOrderFixtures.Actor, WorkOrderFixtures.Now);
        var clear = order.ClearSignature(WorkOrderFixtures.Actor, WorkOrderFixtures.Now);

        // Defect 10: one read-only refusal for the aggregate, not SIGNATURE_LOCKED from two of its commands.
        Assert.Equal("WORKORDER_READ_ONLY", Assert.IsType<WorkOrderReadOnly>(sign.Value).Code);
        Assert.IsType<WorkOrderReadOnly>(clear.Value);
        Assert.Equal("J. de Vries", order.Signature!.SignerName);
    }

    private static void Apply(WorkOrder order, string change)
    {
        _ = change switch
        {
            "answer" => order.AnswerField("boiler-ok", "no", WorkOrderFixtures.Actor, WorkOrderFixtures.Now).IsT0,
            "clear-answer" => order.ClearAnswer("leak", WorkOrderFixtures.Actor, WorkOrderFixtures.Now).IsT0,
            "photo" => order.AddPhoto(null, new string('c', 64), WorkOrderFixtures.Actor, WorkOrderFixtures.Now).IsT0,
            "notes" => order.WriteNotes(null, "Customer asked for a quote.", WorkOrderFixtures.Actor, WorkOrderFixtures.Now).IsT0,
            "material" => order.AddMaterial(MaterialLine.Create("V-100", "Valve", 1, "pcs"), WorkOrderFixtures.Actor, WorkOrderFixtures.Now).IsT0,
            _ => order.RegisterHours(HourRegistration.OfDuration(WorkOrderFixtures.Technician, "Reistijd", new LocalDate(2025, 11, 20), Duration.FromMinutes(20)), WorkOrderFixtures.Actor, WorkOrderFixtures.Now).IsT0,
        };
    }
}
