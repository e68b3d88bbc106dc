"""Human similarity judgements of the 92 Kriegeskorte et al. 2008 objects (Mur et al. 2013).

Mur, Meys, Bodurka, Goebel, Bandettini & Kriegeskorte (2013), "Human object-similarity
judgments reflect and transcend the primate-IT object representation", Frontiers in
Psychology 4:128. Sixteen subjects arranged the 92 object images on a screen by
similarity. Each subject's RDM contains the dissimilarities estimated from those
arrangements (inverse multidimensional scaling) in arbitrary units. They are not
1 - Pearson r, so compare them by rank (Spearman) only.

Source: rsagroup/rsatoolbox ``demos/92imageData/92_behavRDMs.mat``, a 1 x 16 struct
array ``rdms_behav_92`` with fields ``RDM`` (92 x 92), ``name`` (``simJudge | subjectN``)
and ``color``. The rows and columns follow the image order of
``Kriegeskorte_Neuron2008_supplementalData.mat`` in the same folder, so the stimuli are
those of `ventral.datasets.kriegeskorte2008` (ids ``kriegeskorte92_01`` .. ``_92``).
"""

from __future__ import annotations

import functools

import numpy as np
import scipy.io

from ventral.catalog import DataFile
from ventral.datasets import kriegeskorte2008
from ventral.fetch import fetch
from ventral.stimuli import StimulusSet

BEHAVIORAL_RDMS = DataFile(
    key="mur2013/92_behavRDMs.mat",
    repo="rsagroup/rsatoolbox",
    commit="f1f83cadb7243492a1aae7460466e0f0140b20ac",
    path="demos/92imageData/92_behavRDMs.mat",
    sha256="7a8e118c144c3840adeeeef6ea0706a0be2b3e80df719af15fbb56fc62562f5f",
    size=982719,
    license="MIT (rsatoolbox repository); the data license is not stated",
)
#: Every file this module reads, with its pinned origin and checksum. The images come from
#: `kriegeskorte2008.FILES`.
FILES: tuple[DataFile, ...] = (BEHAVIORAL_RDMS,)

N_SUBJECTS = 16
#: Subject names in file order, as the .mat file gives them after ``simJudge | ``.
SUBJECTS = tuple(f"subject{number}" for number in range(1, N_SUBJECTS + 1))


def load_rdms() -> np.ndarray:
    """Return the 16 similarity-judgement RDMs, shape (16, 92, 92), float64, subjects in `SUBJECTS` order.

    Rows and columns follow `kriegeskorte2008.stimulus_ids()`. Each RDM is checked to be
    finite and symmetric with a zero diagonal.
    """
    entries = _load_mat()["rdms_behav_92"]
    if entries.shape != (1, N_SUBJECTS):
        raise ValueError(f"{BEHAVIORAL_RDMS.key}: rdms_behav_92 has shape {entries.shape}, expected (1, {N_SUBJECTS}).")

    rdms = []
    for index, subject in enumerate(SUBJECTS):
        entry = entries[0, index]
        name = str(np.asarray(entry["name"]).ravel()[0])
        if name != f"simJudge | {subject}":
            raise ValueError(
                f"{BEHAVIORAL_RDMS.key}: entry {index} is named {name!r}, expected 'simJudge | {subject}'."
            )
        rdms.append(np.asarray(entry["RDM"], dtype=np.float64))
    rdms = np.stack(rdms)
    kriegeskorte2008.check_rdm_stack(rdms, name="Mur 2013 similarity-judgement RDMs")
    return rdms


def stimulus_ids() -> tuple[str, ...]:
    """Return the stimulus id of each RDM row, in row order (those of `kriegeskorte2008`)."""
    return kriegeskorte2008.stimulus_ids()


def load_stimulus_set() -> StimulusSet:
    """Return the 92 images in RDM row order (`kriegeskorte2008.load_stimulus_set`)."""
    return kriegeskorte2008.load_stimulus_set()


@functools.lru_cache(maxsize=1)
def _load_mat() -> dict:
    return scipy.io.loadmat(fetch(BEHAVIORAL_RDMS))
