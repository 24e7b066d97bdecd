using OutSmart.Domain.SampleHost;

// The composition root: each package contributes one sample (a subcommand, plus a chapter of the default story).
// Keep the list in the order the default story should tell it.
ISample[] samples =
[
    // <samples>
    new OutSmart.Domain.SampleHost.Tasks.TasksSample(),
    new OutSmart.Domain.SampleHost.Scheduling.ScheduleSample(),
    new OutSmart.Domain.SampleHost.WorkOrders.WorkOrdersSample(),
    new OutSmart.Domain.SampleHost.Signatures.SignatureSample(),
    new OutSmart.Domain.SampleHost.Contracts.ContractsSample(),
];

return HostCommandLine.Invoke(HostCommandLine.CreateRoot(samples), args);
