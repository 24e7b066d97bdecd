using Ardalis.GuardClauses;
using NodaTime;
using OneOf;
using OneOf.Types;
using OutSmart.Domain.Abstractions;

namespace OutSmart.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>Adds a photo by the SHA-256 hash of its bytes and records <see cref="PhotoAdded"/>.</summary>
    /// <param name="stepId">A photos step of the workflow, or <see langword="null"/> for a general photo.</param>
    /// <param name="contentHash">64 lowercase hexadecimal digits.</param>
    /// <param name="actor">Who adds it.</param>
    /// <param name="now">The current instant; the photo's <see cref="PhotoReference.TakenAt"/>.</param>
    /// <returns><see cref="Success"/>, <see cref="StepPreviousIncomplete"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is not a photos step, or the hash is not 64 lowercase hex digits.</exception>
    public OneOf<Success, StepPreviousIncomplete, WorkOrderReadOnly> AddPhoto(string? stepId, string contentHash, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        Guard.Against.InvalidSha256Hex(contentHash);
        WorkflowStep? step = stepId is null ? null : FindStep(stepId, StepKind.Photos);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        if (step is not null && CheckSequence(step) is { } previous)
        {
            return previous;
        }
        _photos = _photos.Add(PhotoReference.Add(stepId, contentHash, now));
        return RecordWork(new PhotoAdded(Id, stepId, contentHash, actor.EmployeeId, now));
    }

    /// <summary>Registers used material and records <see cref="MaterialAdded"/>.</summary>
    /// <param name="line">The material line.</param>
    /// <param name="actor">Who registers it.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> or <paramref name="line"/> is <see langword="null"/>.</exception>
    public OneOf<Success, WorkOrderReadOnly> AddMaterial(MaterialLine line, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        Guard.Against.Null(line);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        _materials = _materials.Add(line);
        return RecordWork(new MaterialAdded(Id, line, actor.EmployeeId, now));
    }

    /// <summary>Registers hours and records <see cref="HoursRegistered"/>.</summary>
    /// <param name="registration">The hours.</param>
    /// <param name="actor">Who registers them.</param>
    /// <param name="now">The current instant.</param>
    /// <returns><see cref="Success"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> or <paramref name="registration"/> is <see langword="null"/>.</exception>
    public OneOf<Success, WorkOrderReadOnly> RegisterHours(HourRegistration registration, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        Guard.Against.Null(registration);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        _hours = _hours.Add(registration);
        return RecordWork(new HoursRegistered(Id, registration, actor.EmployeeId, now));
    }

    /// <summary>Starts a timer for an employee and records <see cref="TimerStarted"/>; a running timer blocks sending.</summary>
    /// <param name="employeeId">The employee whose time runs.</param>
    /// <param name="hourType">The hour type the hours will get.</param>
    /// <param name="actor">Who starts it.</param>
    /// <param name="now">The current instant; the timer starts here.</param>
    /// <returns><see cref="Success"/>, <see cref="TimerAlreadyRunning"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="employeeId"/> is empty or <paramref name="hourType"/> is blank.</exception>
    public OneOf<Success, TimerAlreadyRunning, WorkOrderReadOnly> StartTimer(EmployeeId employeeId, string hourType, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        Guard.Against.Default(employeeId);
        Guard.Against.NullOrWhiteSpace(hourType);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        if (_timers.Exists(t => t.EmployeeId == employeeId))
        {
            return new TimerAlreadyRunning(employeeId);
        }
        _timers = _timers.Add(RunningTimer.Start(employeeId, hourType.Trim(), now));
        return RecordWork(new TimerStarted(Id, employeeId, hourType.Trim(), actor.EmployeeId, now));
    }

    /// <summary>Stops an employee's timer, registers the elapsed time, if any, as hours and records <see cref="TimerStopped"/>.</summary>
    /// <param name="employeeId">The employee whose timer runs.</param>
    /// <param name="actor">Who stops it.</param>
    /// <param name="now">The current instant; the timer stops here.</param>
    /// <returns><see cref="Success"/>, <see cref="TimerNotRunning"/> or <see cref="WorkOrderReadOnly"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actor"/> is <see langword="null"/>.</exception>
    public OneOf<Success, TimerNotRunning, WorkOrderReadOnly> StopTimer(EmployeeId employeeId, Actor actor, Instant now)
    {
        Guard.Against.Null(actor);
        if (IsRefusedAsReadOnly(out WorkOrderReadOnly readOnly))
        {
            return readOnly;
        }
        int index = _timers.FindIndex(t => t.EmployeeId == employeeId);
        if (index < 0)
        {
            return new TimerNotRunning(employeeId);
        }
        RunningTimer timer = _timers[index];
        _timers = _timers.RemoveAt(index);
        HourRegistration? registered = now > timer.StartedAt ? HourRegistration.Between(employeeId, timer.HourType, timer.StartedAt, now) : null;
        if (registered is not null)
        {
            _hours = _hours.Add(registered);
        }
        return RecordWork(new TimerStopped(Id, employeeId, registered, actor.EmployeeId, now));
    }
}
