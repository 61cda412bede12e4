#include "memory.h"

namespace cd {

PeakPairTracker::PeakPairTracker(std::int64_t inputElements)
    : m_previous(inputElements)
    , m_peak(inputElements)
{}

void PeakPairTracker::add(CheckedInt elements, int layerIndex)
{
    const CheckedInt pair = m_previous + elements;
    if (pair.overflowed() || pair.value() > m_peak.value() || m_peak.overflowed()) {
        m_peak = pair;
        m_peakLayer = layerIndex;
    }
    m_previous = elements;
}

std::optional<MemoryEstimate> estimateMemory(const Settings &settings, CheckedInt activations,
                                             CheckedInt parameters, const PeakPairTracker &peak)
{
    MemoryEstimate m;
    m.bytesPerElement = bytesPerElement(settings.dtype);
    m.batch = settings.batch;
    m.parameterCopies = parameterCopies(settings.optimizer);

    const CheckedInt b = m.bytesPerElement;
    const CheckedInt trainingActivations = b * 2 * m.batch * activations;
    const CheckedInt trainingParameters = b * m.parameterCopies * parameters;
    const CheckedInt training = trainingActivations + trainingParameters;
    const CheckedInt inferenceActivations = b * m.batch * peak.peak();
    const CheckedInt inferenceParameters = b * parameters;
    const CheckedInt inference = inferenceActivations + inferenceParameters;
    if (training.overflowed() || inference.overflowed())
        return std::nullopt;

    m.activations = activations.value();
    m.parameters = parameters.value();
    m.peakPair = peak.peak().value();
    m.peakPairLayer = peak.peakLayer();
    m.trainingActivationBytes = trainingActivations.value();
    m.trainingParameterBytes = trainingParameters.value();
    m.trainingBytes = training.value();
    m.inferenceActivationBytes = inferenceActivations.value();
    m.inferenceParameterBytes = inferenceParameters.value();
    m.inferenceBytes = inference.value();
    return m;
}

} // namespace cd
