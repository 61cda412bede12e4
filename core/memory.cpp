#include "memory.h"

#include <utility>

namespace cd {

std::optional<MemoryEstimate> estimateMemory(const Settings &settings, CheckedInt activations,
                                             CheckedInt parameters, const TensorPeak &peak)
{
    MemoryEstimate m;
    m.bytesPerElement = bytesPerElement(settings.dtype);
    m.batch = settings.batch;
    m.parameterCopies = parameterCopies(settings.optimizer);

    const CheckedInt b = m.bytesPerElement;
    const CheckedInt trainingActivations = b * 2 * m.batch * activations;
    const CheckedInt trainingParameters = b * m.parameterCopies * parameters;
    const CheckedInt training = trainingActivations + trainingParameters;
    const CheckedInt inferenceActivations = b * m.batch * peak.elements;
    const CheckedInt inferenceParameters = b * parameters;
    const CheckedInt inference = inferenceActivations + inferenceParameters;
    if (training.overflowed() || inference.overflowed())
        return std::nullopt;

    m.activations = activations.value();
    m.parameters = parameters.value();
    m.peak = peak.elements.value();
    m.peakLayer = peak.layer;
    m.peakPart = peak.part;
    m.peakTensors = peak.live;
    m.trainingActivationBytes = trainingActivations.value();
    m.trainingParameterBytes = trainingParameters.value();
    m.trainingBytes = training.value();
    m.inferenceActivationBytes = inferenceActivations.value();
    m.inferenceParameterBytes = inferenceParameters.value();
    m.inferenceBytes = inference.value();
    return m;
}

std::optional<MemoryEstimate> estimateMemory(const Settings &settings, CheckedInt activations,
                                             CheckedInt parameters, MemoryTimeline timeline)
{
    std::optional<MemoryEstimate> m
        = estimateMemory(settings, activations, parameters, peakOf(timeline));
    if (m)
        m->timeline = std::move(timeline);
    return m;
}

TensorPeak peakOf(const MemoryTimeline &timeline)
{
    if (timeline.steps.empty())
        return {};
    const TimelineStep &step = timeline.steps[timeline.peakStep];
    return {step.elements, step.layer, step.part, step.live};
}

} // namespace cd
