"""Algonauts 2019 fMRI RDMs of the 92 object images (Cichy et al.), as distributed by Net2Brain.

The 2019 Algonauts challenge trained on human fMRI of 15 subjects viewing the 92 object images of
Kriegeskorte et al. 2008, summarized as one RDM per subject for early visual cortex (EVC) and
inferior temporal cortex (IT). The files come from cvai-roig-lab/Net2Brain at its first commit,
``input_data/``:

- ``brain_data/92images/fmri_{EVC,IT}_RDMs.npz``: array ``Net_RDM`` of shape (15, 92, 92),
  float64, symmetric with a zero diagonal.
- ``stimuli_data/92images/image_01.jpg`` .. ``image_92.jpg``: 175 x 175 RGB JPEG images on a
  white background, in RDM row order (file-name order).

These are the objects of the Kriegeskorte set in the same order: ``image_NN.jpg`` shows the object
of ``kriegeskorte92_NN`` (tests/neural_data compare the pixels and the RDMs). Stimulus ids are
``algonauts92_image_01`` .. ``algonauts92_image_92``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np
from scipy.stats import spearmanr

from ventral.catalog import DataFile
from ventral.datasets import kriegeskorte2008
from ventral.fetch import fetch
from ventral.stimuli import StimulusSet

_REPO = "cvai-roig-lab/Net2Brain"
_COMMIT = "05ac462951ef792ff2ba70c4b97d5409a8e44289"
_LICENSE = "BSD-3-Clause"
_STIMULI_FOLDER = "input_data/stimuli_data/92images/"

RDM_FILES: dict[str, DataFile] = {
    "EVC": DataFile(
        key="algonauts2019/92images/fmri_EVC_RDMs.npz",
        repo=_REPO,
        commit=_COMMIT,
        path="input_data/brain_data/92images/fmri_EVC_RDMs.npz",
        sha256="c73de20f9cb2229f1796085e79c153f63a4287b8bf7faaf7531571b1898d3f8b",
        size=1015948,
        license=_LICENSE,
    ),
    "IT": DataFile(
        key="algonauts2019/92images/fmri_IT_RDMs.npz",
        repo=_REPO,
        commit=_COMMIT,
        path="input_data/brain_data/92images/fmri_IT_RDMs.npz",
        sha256="ecf104457ae841d2a2bf503fb0dc16c6387e32d0cd74fb5217ca4ef859a805dd",
        size=1015948,
        license=_LICENSE,
    ),
}
REPOSITORY_LICENSE = DataFile(
    key="algonauts2019/LICENSE.txt",
    repo=_REPO,
    commit=_COMMIT,
    path="LICENSE.txt",
    sha256="f72384e71db3ca88cd44f242afc9cfa30ca6d350f4f7b456ecafb619f3fda317",
    size=1465,
    license=_LICENSE,
)
# (file name, size in bytes, SHA-256) of the 92 images at the pinned commit.
_IMAGE_ROWS = (
    ("image_01.jpg", 3657, "813ceb5e2796c2a35cb6247b34d76ca44c034e174543d9e08cbc829f56ba0c20"),
    ("image_02.jpg", 5067, "7f082b758c40ed87464ea007ed453011c4a0f4738ba59d82b689786be62834af"),
    ("image_03.jpg", 3744, "1c80b55ff6b167fa6b7e7496a3586f0351607c42daeeab2cfe5dd560e576896f"),
    ("image_04.jpg", 2704, "481f841e2bec5fc7e5292302b9b7fdf5f4c9d0bac839d7a4670d15413a545d47"),
    ("image_05.jpg", 5076, "247170db26641bb18f77a6d2143eb38d58cd30258247634323bb53527b88d969"),
    ("image_06.jpg", 3213, "acf1e19ab64d3e3392fa968834aae2520deb48ba7ac3a0ae5f2b039cff5b4e85"),
    ("image_07.jpg", 2843, "882a20b157fa1b6941f747226f9c85f46058d18128824c71698ceee01bc8dfe1"),
    ("image_08.jpg", 3906, "b61a524c83c229ea105a1c230e1d95473c4e137d27265d5e542f36f8264c5368"),
    ("image_09.jpg", 3525, "a1b11541cd5d87990886544e230d769f5127255b237cfb4fa4ceaed4500f132d"),
    ("image_10.jpg", 3172, "1b17813e397fccada83381ca99820ce59c72c3c8051172c83bc1717452d01938"),
    ("image_11.jpg", 5009, "6c89747e88f992a5e01152bf483a3e0eb1a4a0dc93cfda33847beebd594867af"),
    ("image_12.jpg", 3961, "2b3eccc332ec96f5f58018ed4a053a4d730ab175a54aefeaf06c086366f1f642"),
    ("image_13.jpg", 5030, "6229571b91b604354a879cd05c028376e00c2d220b826a73404a19d66e871d2b"),
    ("image_14.jpg", 5264, "224b8fd979f187d0cf3a9f969763d134c319964a8776bc49ea44392e16b920ad"),
    ("image_15.jpg", 4142, "60d678d7ea420d88deb82ed1e4e3d8779e23251f7b3c3b63a586f40a79427847"),
    ("image_16.jpg", 4691, "1a43b77d0a63710db6375756e1f0b90bf8692a2fa320deef1df13333611c6707"),
    ("image_17.jpg", 4908, "cb7042e5795dcc6db8b1cf67b37114616f28c48f7ac5dad610adb5ff87935f29"),
    ("image_18.jpg", 4608, "5b76b54e75b99f5f14307078ea69dc88fb5ffe741ada79b16f01576a4363308a"),
    ("image_19.jpg", 4650, "79d0e5d627a567d23ee8f27c4a5b26f87680f084cb8a5b1246c0bb441680f693"),
    ("image_20.jpg", 5387, "a62e9bbf54c867843fb4cbf5897db75fd6ba64be2b17cd497d8f77023f3282b7"),
    ("image_21.jpg", 4219, "63e4249f81cecd2fbf025e2734b24a974507fa8e22e30551a0579b0885f02c07"),
    ("image_22.jpg", 4908, "1ee3fdef0abb94d61f6157f16d64c26d505bbcfa78b131c64e80ef7bd8621757"),
    ("image_23.jpg", 5041, "d5b95d51cb07b61879cc513309a3d8e51a35260186fce8a703bd175cf711bcb4"),
    ("image_24.jpg", 4774, "cc23e9693601ba43319e92996a2d8cc186a780b3818229b0f9a141f12fa89a75"),
    ("image_25.jpg", 3818, "b63e24103caf83d0468d85eeefdd3af4d19f12a513086ec7ebf31c20180879e1"),
    ("image_26.jpg", 6149, "bb16e6b836de1ba28608824407a1f1870d688c1a71972e653b6e0217f6c51f4e"),
    ("image_27.jpg", 7767, "3e10787cf3e2e9a2ae5c57f857254b2b5227bc32f63c7808af176fe30c15fd97"),
    ("image_28.jpg", 4046, "140fbeb9d802c7b785da77cb620b1d342b3d75a576bccec7e479779a7ace5315"),
    ("image_29.jpg", 4784, "dc0d64cc57df578b4153f22a3ade0866a5cbbc9158fdb232d6bddf21e4b37ed3"),
    ("image_30.jpg", 4545, "0e8afc601d4c9f1176bce05965362b5549a5bb4e6aaa3d0d5b971765ef652b78"),
    ("image_31.jpg", 5686, "c2994432103db5f372f8eeebe7d87607c31f932fa10c2ee0e9bedc9501718039"),
    ("image_32.jpg", 6627, "5a560bade8222ac1bcb9d83ef72875f9bce6382052b78087a483595f3d064d94"),
    ("image_33.jpg", 5260, "3d7b14e9d4e6080dbfa2441fc5bf618e8314d6d770cf07394a8b1963328fc4d3"),
    ("image_34.jpg", 5562, "c18dbbe8bf63ed12fa9c2dd2c16dbc54ca5dd6c07fb92cb34c233d379c5b4818"),
    ("image_35.jpg", 6776, "de0eea831cc43823dee502df8441617216f153a07d099846a841cfbae42d6c7e"),
    ("image_36.jpg", 7844, "b0f1b64f00b182158c8ff5d72d1bfb0248a5d7d556968f3784b26212a5448dfd"),
    ("image_37.jpg", 4790, "b12bd143165b2ee8a68f5c7357219ffce5a1f0f025dc06fb41970174c78a49f9"),
    ("image_38.jpg", 4318, "74b3cd008d0b23254873971e153f4c9a83fd1b3747cb34befe6fc075adc78574"),
    ("image_39.jpg", 4744, "8e45a0d98c44aac34a3deafe1fad16e8d1c442f233a9a042174bb72efde4714d"),
    ("image_40.jpg", 5571, "4b2e5f14e1fd0e4d8d2d33827aa32faa5670cea06725609e53ce54795fede416"),
    ("image_41.jpg", 4677, "699ed191b2c9d565a3eaf4d0e0d67a338610def5f3ae653cc9bbcb0508302e2a"),
    ("image_42.jpg", 5227, "190008cf1ebbd92d5766e961206d842421770d8844ee9311c2fdc182d288b314"),
    ("image_43.jpg", 6085, "f7da5a8bb04fea81cc7783eb440ca9dfc8aba9543939e47d2b11323f9f8e03f2"),
    ("image_44.jpg", 7052, "f2237288f679651249c7304eef9e05d1173d0ecc790b707bbb8dbce35ef41d65"),
    ("image_45.jpg", 5099, "998847d3b3829337c90147a53583f475ecb7455e40f08f448cb6afd2597eb513"),
    ("image_46.jpg", 5119, "c44a1bcca8cfd3d433a2334b5dd4d598385c9b240760b861df59508a83aa5724"),
    ("image_47.jpg", 5976, "4a7bb292f99864867f7d588c782e63273a03d37d44db0e8156def8bd42b319b2"),
    ("image_48.jpg", 5581, "270383b041466ea413ea675c15e5674e10a6a429c23d099a88c6ba37778b1a95"),
    ("image_49.jpg", 4482, "dafc2059b8339c23c83d45e24600eb718cec3462f9bf5d1e0584c1fcfd60f6fc"),
    ("image_50.jpg", 5713, "18201ad6dbb4dbfec687632d59fee6acc1d6e0febee8a7e1a086d36753fb752d"),
    ("image_51.jpg", 3677, "aa718bee0f2eca5b835623a989076d27054bdf1edb2b5f6075aad40a297c0766"),
    ("image_52.jpg", 7346, "e45f370a82c4871ba2471eeeee4f95e59d12af0279db8c79b2e007c46383884b"),
    ("image_53.jpg", 3456, "fac80c006e90fdb3c79608c6af9dd2f7ffd49df5883076afc60f95b5f8c6668c"),
    ("image_54.jpg", 6505, "70f61070355c42828f06c3ccec9187f4496bb238c27177ba2e90adf17c22aa15"),
    ("image_55.jpg", 5938, "dc5e1eff2d9c8fb788e5b2d5cc507a0520668f3020abf7f49d2f09ea1fe691e2"),
    ("image_56.jpg", 3492, "4d24f3a4c6bc561268e4bacedee69f8aa017d3e6b18f39f1616572c32ce5281c"),
    ("image_57.jpg", 4491, "edd966c8788815c2f9d2acc54ddfbfe65ff62dc434e4e27ff6382a21cb032907"),
    ("image_58.jpg", 4624, "15a0ebc7a85796f73c535a7066de5f3248210e1c4d8f00ed13b625e20b6629a0"),
    ("image_59.jpg", 3487, "ea9f81ee7ca4edcac7018893820b89cf5c0480002cdeff56b9c824744f9af545"),
    ("image_60.jpg", 6201, "6269b5d9857138940c24c3dc0b0f551fb6b12e23bfe85280eb04b7cea62136d0"),
    ("image_61.jpg", 4853, "78ab86cfb7b980a8395774f8efda8f8545de478b4c72ee7bcc351133d5a0a750"),
    ("image_62.jpg", 6558, "1db868133eb47ffaa54d3846c0be0d72380a60b349973d311e22470d87b9d354"),
    ("image_63.jpg", 3554, "6666b9b85b6c89cd2798316a62186679c158a943796cdc19f4c059fa2f111fc0"),
    ("image_64.jpg", 7312, "179af5ad589037b8fdb73666816bb9d1dc1601d056b8e25d4bb91a3e376d11d0"),
    ("image_65.jpg", 3898, "c956044d431d257e7c89303c0f0ee917132d8f91504d82827012ee8f2f16381f"),
    ("image_66.jpg", 5691, "1573e34e8c55ae2020779b369ac25149be079da83b29c478f82c1625bc99644a"),
    ("image_67.jpg", 8646, "314de91f3eee824b0bfc7e77569f1de0e72d039d57e8a6cda8085331e32c28ff"),
    ("image_68.jpg", 4743, "d6e0663a430e263662ca743117ee3d36cfcc93ac429193fc7d7a98ea873f600a"),
    ("image_69.jpg", 3860, "8a2fba6ab7ea576aa1f8eef94e5f83bf74d40b8306bec7ac0903c98b437f5438"),
    ("image_70.jpg", 4004, "6dda4980e1f8b4b752b09937460388dc26962371c1cd87109782ede0d73267d0"),
    ("image_71.jpg", 6061, "d763d916871a61633bcda55b089286349506bc262867c2e5b88d5cf86421f520"),
    ("image_72.jpg", 7336, "e062f2e0efe484712e35c45808997211b486ef9b30fa56b1625be49f68891844"),
    ("image_73.jpg", 2523, "b9ad506d7b79844a299d5c2688cfeffacfaa90009c094cb6415f42eee9e14aa2"),
    ("image_74.jpg", 2788, "a33d8c33c0fbcc9b99ed92af9c2418edcb1d7a64ef10997d66546ce527001d8b"),
    ("image_75.jpg", 7898, "33bd7b920b6c787d3e89cc9f355b0cecfd5ccd0f3b3e7a9265d38000cee2997d"),
    ("image_76.jpg", 5511, "ea15645da12fda3d991922885e9544de8adb74f2f1bb25ad7b5dbc79e1f16117"),
    ("image_77.jpg", 5644, "65e3237d0e07339992d1936221cf52cc059884982079fc3f8451b1be8cbda7bb"),
    ("image_78.jpg", 3069, "7113be3c3e91bfe4fccb5a167392bdadcecc772f3d264a74b306d7baa00d6be4"),
    ("image_79.jpg", 3362, "42e8b3bfec5dd0807389261fab34b852e63928f60de3e53502324a84c43d013c"),
    ("image_80.jpg", 3436, "bb99dc34ad5a79dbee8477d8b96efb12cf811fd22c3e4898c331de74737d4604"),
    ("image_81.jpg", 7618, "ed979bc8caefbd039003d9018a25df8c79568942357fbd3a1d5ad5d26165162a"),
    ("image_82.jpg", 5723, "ac49c8b3cbd5f744f30a03246088c9a9131815d1af87e7748642f656302f325f"),
    ("image_83.jpg", 2637, "03d7510027777e72967de7ae822679c1121266b468b1cf011977b59c39f71f66"),
    ("image_84.jpg", 3850, "e53063da752f11df50fe5ffabea63dbc94b6474b77d320664deea3cb4c6939d9"),
    ("image_85.jpg", 3819, "83a55041dfe8f0c0084a5658e75a27caacf3eebbc8f5d876be2517ac927da8c9"),
    ("image_86.jpg", 6351, "8220813089402e9a52288c3f3b8c990b9cc74b9f37c00f1135d22062a73c8038"),
    ("image_87.jpg", 4535, "b9dccbb37363370fd020cd4cfa98d59323f6413bc50f2ff3d266028e6081a2b9"),
    ("image_88.jpg", 4544, "a56f0e0f2c977f2d4e7b81bd70297d19d46818a94dde25d4b78a83253f65ff52"),
    ("image_89.jpg", 3824, "475818ad38c8d2e86182631279cc316c9b4ed770bdf0a704b963f5318758ecc3"),
    ("image_90.jpg", 6504, "6bbf3438d4e36076bbae5c074fceb5d9c12c96799f56dc91e70e4f41a1c09c5e"),
    ("image_91.jpg", 5105, "3164e125b24f434483c6d6bedba279c6442b11a560780290748ba18a4839d158"),
    ("image_92.jpg", 7432, "ea705df5b9c5e516975355438bd0ad4f7edc21dfe85211807565531be18d3fe1"),
)
IMAGE_FILES: tuple[DataFile, ...] = tuple(
    DataFile(
        key=f"algonauts2019/92images/{name}",
        repo=_REPO,
        commit=_COMMIT,
        path=_STIMULI_FOLDER + name,
        sha256=sha256,
        size=size,
        license=_LICENSE,
    )
    for name, size, sha256 in _IMAGE_ROWS
)
#: Every file this module reads, with its pinned origin and checksum.
FILES: tuple[DataFile, ...] = (*RDM_FILES.values(), *IMAGE_FILES, REPOSITORY_LICENSE)

STIMULUS_SET_IDENTIFIER = "algonauts2019.92-images"
REGIONS = ("EVC", "IT")
N_SUBJECTS = 15
N_STIMULI = kriegeskorte2008.N_STIMULI
_STIMULUS_ID_PREFIX = "algonauts92_"
#: Stimulus width in degrees of visual angle in the fMRI sessions (Cichy et al. 2014 and 2016).
#: NOTE: unconfirmed; the methods texts could not be opened. 4.0 degrees is the value usually
#: quoted for their fMRI sessions (2.9 degrees for their MEG sessions).
STIMULUS_DEGREES = 4.0


def stimulus_ids() -> tuple[str, ...]:
    """Return the 92 stimulus ids, ``algonauts92_image_01`` .. ``algonauts92_image_92``, in RDM row order."""
    return tuple(_STIMULUS_ID_PREFIX + name.removesuffix(".jpg") for name, _, _ in _IMAGE_ROWS)


def kriegeskorte_stimulus_id(stimulus_id: str) -> str:
    """Return the Kriegeskorte 2008 stimulus id of the same object, e.g. ``algonauts92_image_07`` -> ``kriegeskorte92_07``.

    Both sets list the objects in the same order, so the mapping keeps the position.
    """
    ids = stimulus_ids()
    if stimulus_id not in ids:
        raise KeyError(
            f"{stimulus_id!r} is not an Algonauts 2019 stimulus id; expected one of {ids[0]!r} .. {ids[-1]!r}."
        )
    return kriegeskorte2008.stimulus_ids()[ids.index(stimulus_id)]


def load_stimulus_set() -> StimulusSet:
    """Return the 92 images as a stimulus set, in RDM row order.

    Columns: ``stimulus_id``, ``image_file_name`` (e.g. ``image_01.jpg``),
    ``kriegeskorte_stimulus_id`` and the category columns of
    `kriegeskorte2008.load_category_table` for the same object. Image bytes are the original
    JPEG files, read from the mirror.
    """
    categories = kriegeskorte2008.load_category_table().rename(columns={"stimulus_id": "kriegeskorte_stimulus_id"})
    table = categories.copy()
    table.insert(0, "image_file_name", [name for name, _, _ in _IMAGE_ROWS])
    table.insert(0, "stimulus_id", list(stimulus_ids()))
    paths = [fetch(data_file) for data_file in IMAGE_FILES]
    return StimulusSet.from_files(STIMULUS_SET_IDENTIFIER, table, paths)


def load_rdms(region: str) -> np.ndarray:
    """Return the fMRI RDMs of one region, shape (15, 92, 92), float64, one per subject.

    Args:
        region: ``"EVC"`` (early visual cortex) or ``"IT"`` (inferior temporal cortex).

    Rows and columns follow `stimulus_ids`. Each RDM is symmetric with a zero diagonal;
    `kriegeskorte2008.check_rdm_stack` enforces it.
    """
    return _load_rdms(_validated_region(region)).copy()


@dataclass(frozen=True)
class InterSubjectConsistency:
    """Spearman consistency of each subject's RDM with the group, on strict upper triangles.

    Attributes:
        leave_one_out: per subject, Spearman r with the mean RDM of the other subjects;
            shape (n_subjects,). Its mean is the lower bound of the noise ceiling.
        with_group_mean: per subject, Spearman r with the mean RDM of all subjects (itself
            included); shape (n_subjects,). Its mean is the upper bound.
    """

    leave_one_out: np.ndarray
    with_group_mean: np.ndarray

    @property
    def lower_bound(self) -> float:
        """Mean over subjects of `leave_one_out`."""
        return float(np.mean(self.leave_one_out))

    @property
    def upper_bound(self) -> float:
        """Mean over subjects of `with_group_mean`."""
        return float(np.mean(self.with_group_mean))


def inter_subject_consistency(rdms: np.ndarray) -> InterSubjectConsistency:
    """Compute the noise-ceiling bounds of a stack of subject RDMs (Nili et al. 2014, rsatoolbox).

    Args:
        rdms: array of shape (n_subjects, n_stimuli, n_stimuli), n_subjects >= 2 and
            n_stimuli >= 3, each RDM symmetric. Only the strict upper triangles enter.
    """
    rdms = np.asarray(rdms, dtype=np.float64)
    if rdms.ndim != 3 or rdms.shape[1] != rdms.shape[2]:
        raise ValueError(f"rdms must have shape (n_subjects, n_stimuli, n_stimuli), got {rdms.shape}.")
    n_subjects, n_stimuli, _ = rdms.shape
    if n_subjects < 2 or n_stimuli < 3:
        raise ValueError(
            f"inter_subject_consistency needs at least 2 subjects and 3 stimuli, got {n_subjects} and {n_stimuli}."
        )

    rows, columns = np.triu_indices(n_stimuli, k=1)
    vectors = rdms[:, rows, columns]
    total = vectors.sum(axis=0)
    group_mean = total / n_subjects
    leave_one_out = np.empty(n_subjects)
    with_group_mean = np.empty(n_subjects)
    for subject in range(n_subjects):
        others_mean = (total - vectors[subject]) / (n_subjects - 1)
        leave_one_out[subject] = spearmanr(vectors[subject], others_mean).statistic
        with_group_mean[subject] = spearmanr(vectors[subject], group_mean).statistic
    return InterSubjectConsistency(leave_one_out=leave_one_out, with_group_mean=with_group_mean)


def _validated_region(region: str) -> str:
    if region not in REGIONS:
        raise ValueError(f"Unknown Algonauts 2019 region {region!r}; use one of {REGIONS}.")
    return region


@functools.lru_cache(maxsize=None)
def _load_rdms(region: str) -> np.ndarray:
    data_file = RDM_FILES[region]
    with np.load(fetch(data_file), allow_pickle=False) as archive:
        if "Net_RDM" not in archive.files:
            raise ValueError(f"{data_file.key}: expected an array named 'Net_RDM', found {archive.files}.")
        rdms = np.asarray(archive["Net_RDM"], dtype=np.float64)
    if rdms.shape[0] != N_SUBJECTS:
        raise ValueError(f"{data_file.key}: expected {N_SUBJECTS} subject RDMs, got shape {rdms.shape}.")
    kriegeskorte2008.check_rdm_stack(rdms, name=data_file.key)
    rdms.setflags(write=False)
    return rdms
