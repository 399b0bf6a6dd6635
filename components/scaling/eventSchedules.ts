/**
 * The resources of scheduled capacity on an Auto Scaling group, from the event planner's plans
 * (eventCapacity.ts): shared by the node pool and the scaling group components.
 */
import * as pulumi from "@pulumi/pulumi";
import * as tencentcloud from "@pulumi/tencentcloud";
import type { EventCapacityPlan } from "./eventCapacity";

/**
 * The `AsSchedule` pair of each event on a scaling group: `<name>-<event>-out` raises the minimum and
 * desired size to the peak size at start − warm-up, `<name>-<event>-back` restores the resting sizes
 * after the end. Shared by the node pool and the scaling group components.
 */
export function eventSchedules(parent: pulumi.Resource, name: string, scalingGroupId: pulumi.Input<string>, plans: readonly EventCapacityPlan[]): tencentcloud.AsSchedule[] {
    return plans.flatMap((p) => [
        new tencentcloud.AsSchedule(
            `${name}-${p.event}-out`,
            { scalingGroupId, scheduleActionName: `${name}-${p.event}-out`, startTime: p.scaleOutAt, minSize: p.peakSize, maxSize: p.maxSize, desiredCapacity: p.peakSize },
            { parent },
        ),
        new tencentcloud.AsSchedule(
            `${name}-${p.event}-back`,
            { scalingGroupId, scheduleActionName: `${name}-${p.event}-back`, startTime: p.scaleBackAt, minSize: p.restingMin, maxSize: p.maxSize, desiredCapacity: p.restingDesired },
            { parent },
        ),
    ]);
}

