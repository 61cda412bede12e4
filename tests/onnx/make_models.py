#!/usr/bin/env python3
"""Exports d2l's CNNs (and a few tiny models) with torch.onnx.export and writes, next to each
.onnx file, what PyTorch itself measures: every layer's output shape (forward hooks) and its
weights, biases and MACs. check_models.py imports each file with convdesigner-cli and compares.

Usage: make_models.py OUT_DIR [--small]   (--small: only the tiny models kept in tests/data/onnx)
"""
import json
import sys
import warnings

import torch
from torch import nn
from torch.nn import functional as F

warnings.filterwarnings("ignore")
torch.manual_seed(0)

# --- d2l's models, as the book writes them ---------------------------------------------

def lenet():
    return nn.Sequential(
        nn.Conv2d(1, 6, kernel_size=5, padding=2), nn.Sigmoid(),
        nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Conv2d(6, 16, kernel_size=5), nn.Sigmoid(),
        nn.AvgPool2d(kernel_size=2, stride=2),
        nn.Flatten(),
        nn.Linear(16 * 5 * 5, 120), nn.Sigmoid(),
        nn.Linear(120, 84), nn.Sigmoid(),
        nn.Linear(84, 10))

def alexnet():
    return nn.Sequential(
        nn.Conv2d(1, 96, kernel_size=11, stride=4, padding=1), nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Conv2d(96, 256, kernel_size=5, padding=2), nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Conv2d(256, 384, kernel_size=3, padding=1), nn.ReLU(),
        nn.Conv2d(384, 384, kernel_size=3, padding=1), nn.ReLU(),
        nn.Conv2d(384, 256, kernel_size=3, padding=1), nn.ReLU(),
        nn.MaxPool2d(kernel_size=3, stride=2),
        nn.Flatten(),
        nn.Linear(6400, 4096), nn.ReLU(), nn.Dropout(p=0.5),
        nn.Linear(4096, 4096), nn.ReLU(), nn.Dropout(p=0.5),
        nn.Linear(4096, 10))

def vgg_block(num_convs, in_channels, out_channels):
    layers = []
    for _ in range(num_convs):
        layers.append(nn.Conv2d(in_channels, out_channels, kernel_size=3, padding=1))
        layers.append(nn.ReLU())
        in_channels = out_channels
    layers.append(nn.MaxPool2d(kernel_size=2, stride=2))
    return nn.Sequential(*layers)

def vgg(conv_arch, flat):
    conv_blks = []
    in_channels = 1 if flat != 7 * 7 * 512 else 3
    for (num_convs, out_channels) in conv_arch:
        conv_blks.append(vgg_block(num_convs, in_channels, out_channels))
        in_channels = out_channels
    return nn.Sequential(
        *conv_blks, nn.Flatten(),
        nn.Linear(flat, 4096), nn.ReLU(), nn.Dropout(0.5),
        nn.Linear(4096, 4096), nn.ReLU(), nn.Dropout(0.5),
        nn.Linear(4096, 10 if flat != 7 * 7 * 512 else 1000))

def vgg11():  # d2l's small VGG-11 (channels / 4), at 224x224
    ratio = 4
    arch = ((1, 64), (1, 128), (2, 256), (2, 512), (2, 512))
    small = [(pair[0], pair[1] // ratio) for pair in arch]
    return vgg(small, 512 // ratio * 7 * 7)

def vgg16():  # torchvision's VGG-16 layout, written by hand, 3x224x224
    arch = ((2, 64), (2, 128), (3, 256), (3, 512), (3, 512))
    return vgg(arch, 7 * 7 * 512)

def nin_block(in_channels, out_channels, kernel_size, strides, padding):
    return nn.Sequential(
        nn.Conv2d(in_channels, out_channels, kernel_size, strides, padding), nn.ReLU(),
        nn.Conv2d(out_channels, out_channels, kernel_size=1), nn.ReLU(),
        nn.Conv2d(out_channels, out_channels, kernel_size=1), nn.ReLU())

def nin():
    return nn.Sequential(
        nin_block(1, 96, kernel_size=11, strides=4, padding=0),
        nn.MaxPool2d(3, stride=2),
        nin_block(96, 256, kernel_size=5, strides=1, padding=2),
        nn.MaxPool2d(3, stride=2),
        nin_block(256, 384, kernel_size=3, strides=1, padding=1),
        nn.MaxPool2d(3, stride=2),
        nn.Dropout(0.5),
        nin_block(384, 10, kernel_size=3, strides=1, padding=1),
        nn.AdaptiveAvgPool2d((1, 1)),
        nn.Flatten())

class Inception(nn.Module):
    def __init__(self, in_channels, c1, c2, c3, c4):
        super().__init__()
        self.p1_1 = nn.Conv2d(in_channels, c1, kernel_size=1)
        self.p2_1 = nn.Conv2d(in_channels, c2[0], kernel_size=1)
        self.p2_2 = nn.Conv2d(c2[0], c2[1], kernel_size=3, padding=1)
        self.p3_1 = nn.Conv2d(in_channels, c3[0], kernel_size=1)
        self.p3_2 = nn.Conv2d(c3[0], c3[1], kernel_size=5, padding=2)
        self.p4_1 = nn.MaxPool2d(kernel_size=3, stride=1, padding=1)
        self.p4_2 = nn.Conv2d(in_channels, c4, kernel_size=1)

    def forward(self, x):
        p1 = F.relu(self.p1_1(x))
        p2 = F.relu(self.p2_2(F.relu(self.p2_1(x))))
        p3 = F.relu(self.p3_2(F.relu(self.p3_1(x))))
        p4 = F.relu(self.p4_2(self.p4_1(x)))
        return torch.cat((p1, p2, p3, p4), dim=1)

def googlenet():
    b1 = nn.Sequential(nn.Conv2d(1, 64, kernel_size=7, stride=2, padding=3), nn.ReLU(),
                       nn.MaxPool2d(kernel_size=3, stride=2, padding=1))
    b2 = nn.Sequential(nn.Conv2d(64, 64, kernel_size=1), nn.ReLU(),
                       nn.Conv2d(64, 192, kernel_size=3, padding=1), nn.ReLU(),
                       nn.MaxPool2d(kernel_size=3, stride=2, padding=1))
    b3 = nn.Sequential(Inception(192, 64, (96, 128), (16, 32), 32),
                       Inception(256, 128, (128, 192), (32, 96), 64),
                       nn.MaxPool2d(kernel_size=3, stride=2, padding=1))
    b4 = nn.Sequential(Inception(480, 192, (96, 208), (16, 48), 64),
                       Inception(512, 160, (112, 224), (24, 64), 64),
                       Inception(512, 128, (128, 256), (24, 64), 64),
                       Inception(512, 112, (144, 288), (32, 64), 64),
                       Inception(528, 256, (160, 320), (32, 128), 128),
                       nn.MaxPool2d(kernel_size=3, stride=2, padding=1))
    b5 = nn.Sequential(Inception(832, 256, (160, 320), (32, 128), 128),
                       Inception(832, 384, (192, 384), (48, 128), 128),
                       nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten())
    return nn.Sequential(b1, b2, b3, b4, b5, nn.Linear(1024, 10))

class Residual(nn.Module):
    def __init__(self, input_channels, num_channels, use_1x1conv=False, strides=1):
        super().__init__()
        self.conv1 = nn.Conv2d(input_channels, num_channels, kernel_size=3, padding=1,
                               stride=strides)
        self.conv2 = nn.Conv2d(num_channels, num_channels, kernel_size=3, padding=1)
        self.conv3 = (nn.Conv2d(input_channels, num_channels, kernel_size=1, stride=strides)
                      if use_1x1conv else None)
        self.bn1 = nn.BatchNorm2d(num_channels)
        self.bn2 = nn.BatchNorm2d(num_channels)

    def forward(self, X):
        Y = F.relu(self.bn1(self.conv1(X)))
        Y = self.bn2(self.conv2(Y))
        if self.conv3:
            X = self.conv3(X)
        Y += X
        return F.relu(Y)

def resnet_block(input_channels, num_channels, num_residuals, first_block=False):
    blk = []
    for i in range(num_residuals):
        if i == 0 and not first_block:
            blk.append(Residual(input_channels, num_channels, use_1x1conv=True, strides=2))
        else:
            blk.append(Residual(num_channels, num_channels))
    return blk

def resnet18():
    b1 = nn.Sequential(nn.Conv2d(1, 64, kernel_size=7, stride=2, padding=3),
                       nn.BatchNorm2d(64), nn.ReLU(),
                       nn.MaxPool2d(kernel_size=3, stride=2, padding=1))
    b2 = nn.Sequential(*resnet_block(64, 64, 2, first_block=True))
    b3 = nn.Sequential(*resnet_block(64, 128, 2))
    b4 = nn.Sequential(*resnet_block(128, 256, 2))
    b5 = nn.Sequential(*resnet_block(256, 512, 2))
    return nn.Sequential(b1, b2, b3, b4, b5, nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten(),
                         nn.Linear(512, 10))

def conv_block(input_channels, num_channels):
    return nn.Sequential(
        nn.BatchNorm2d(input_channels), nn.ReLU(),
        nn.Conv2d(input_channels, num_channels, kernel_size=3, padding=1))

class DenseBlock(nn.Module):
    def __init__(self, num_convs, input_channels, num_channels):
        super().__init__()
        layer = []
        for i in range(num_convs):
            layer.append(conv_block(num_channels * i + input_channels, num_channels))
        self.net = nn.Sequential(*layer)

    def forward(self, X):
        for blk in self.net:
            Y = blk(X)
            X = torch.cat((X, Y), dim=1)
        return X

def transition_block(input_channels, num_channels):
    return nn.Sequential(
        nn.BatchNorm2d(input_channels), nn.ReLU(),
        nn.Conv2d(input_channels, num_channels, kernel_size=1),
        nn.AvgPool2d(kernel_size=2, stride=2))

def densenet():
    b1 = nn.Sequential(nn.Conv2d(1, 64, kernel_size=7, stride=2, padding=3),
                       nn.BatchNorm2d(64), nn.ReLU(),
                       nn.MaxPool2d(kernel_size=3, stride=2, padding=1))
    num_channels, growth_rate = 64, 32
    num_convs_in_dense_blocks = [4, 4, 4, 4]
    blks = []
    for i, num_convs in enumerate(num_convs_in_dense_blocks):
        blks.append(DenseBlock(num_convs, num_channels, growth_rate))
        num_channels += num_convs * growth_rate
        if i != len(num_convs_in_dense_blocks) - 1:
            blks.append(transition_block(num_channels, num_channels // 2))
            num_channels = num_channels // 2
    return nn.Sequential(b1, *blks, nn.BatchNorm2d(num_channels), nn.ReLU(),
                         nn.AdaptiveAvgPool2d((1, 1)), nn.Flatten(),
                         nn.Linear(num_channels, 10))

# --- tiny models kept in tests/data/onnx ------------------------------------------------

class TinyResidual(nn.Module):
    def __init__(self):
        super().__init__()
        self.b3 = nn.Sequential(Residual(2, 2), Residual(2, 3, use_1x1conv=True, strides=2))
        self.pool = nn.AdaptiveAvgPool2d((1, 1))
        self.fc = nn.Linear(3, 2)

    def forward(self, x):
        x = self.pool(self.b3(x))
        return self.fc(x.view(x.size(0), -1))

def tiny_inception():
    return nn.Sequential(Inception(2, 1, (1, 2), (1, 1), 1), nn.MaxPool2d(2),
                         nn.Flatten(), nn.Linear(5 * 4 * 4, 3))

def avgpool_pad():
    return nn.Sequential(nn.Conv2d(1, 2, 3), nn.Tanh(),
                         nn.AvgPool2d(3, stride=2, padding=1, count_include_pad=True),
                         nn.AvgPool2d(2, ceil_mode=True),
                         nn.Flatten(), nn.Linear(2 * 3 * 3, 2, bias=False))

def tiny_lenet():
    return nn.Sequential(
        nn.Conv2d(1, 2, kernel_size=5, padding=2), nn.Sigmoid(), nn.AvgPool2d(2, 2),
        nn.Conv2d(2, 3, kernel_size=5, groups=1, dilation=1), nn.Sigmoid(), nn.AvgPool2d(2, 2),
        nn.Flatten(), nn.Linear(3 * 5 * 5, 4), nn.Sigmoid(), nn.Dropout(0.25), nn.Linear(4, 3))

def any_size():  # exported with a symbolic height and width: the importer asks for a size
    return nn.Sequential(nn.Conv2d(1, 2, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d((1, 1)),
                         nn.Flatten(), nn.Linear(2, 2))

# name, builder, input shape, training-mode export (BatchNorm kept as in training)
SMALL = [
    ("any_size", any_size, (1, 12, 10), False),
    ("tiny_lenet", tiny_lenet, (1, 28, 28), False),
    ("tiny_residual_train", TinyResidual, (2, 8, 8), True),
    ("tiny_inception", tiny_inception, (2, 8, 8), False),
    ("avgpool_pad", avgpool_pad, (1, 11, 11), False),
]
D2L = [
    ("lenet", lenet, (1, 28, 28), False),
    ("alexnet", alexnet, (1, 224, 224), False),
    ("vgg11", vgg11, (1, 224, 224), False),
    ("nin", nin, (1, 224, 224), False),
    ("googlenet", googlenet, (1, 96, 96), False),
    ("resnet18_train", resnet18, (1, 96, 96), True),
    ("resnet18", resnet18, (1, 96, 96), False),  # eval: BatchNorm folded into the convs
    ("densenet_train", densenet, (1, 96, 96), True),
]
LARGE = [("vgg16", vgg16, (3, 224, 224), False)]

LEAVES = (nn.Conv2d, nn.Linear, nn.BatchNorm2d, nn.MaxPool2d, nn.AvgPool2d,
          nn.AdaptiveAvgPool2d, nn.Flatten, nn.ReLU, nn.Sigmoid, nn.Tanh, nn.Dropout)

def measure(model, shape):
    """Output shapes and parameters of every leaf module, in call order, by PyTorch."""
    rows = []
    def hook(module, _inputs, output):
        weights = module.weight.numel() if getattr(module, "weight", None) is not None else 0
        biases = module.bias.numel() if getattr(module, "bias", None) is not None else 0
        # MACs as arithmetic.md §3 counts them: every output element of a conv takes
        # (C/groups)·kh·kw, so out_H·out_W times its weights; a linear layer in·out.
        macs = 0
        if isinstance(module, nn.Conv2d):
            macs = weights * output.shape[2] * output.shape[3]
        elif isinstance(module, nn.Linear):
            macs = weights
        rows.append({"type": type(module).__name__, "output": list(output.shape[1:]),
                     "weights": weights, "biases": biases, "macs": macs})
    handles = [m.register_forward_hook(hook) for m in model.modules() if isinstance(m, LEAVES)]
    with torch.no_grad():
        out = model(torch.zeros(1, *shape))
    for h in handles:
        h.remove()
    return rows, list(out.shape[1:])

def export(name, builder, shape, training, out_dir):
    model = builder()
    model.train(training)
    rows, output = measure(model, shape)
    model.train(training)
    mode = torch.onnx.TrainingMode.TRAINING if training else torch.onnx.TrainingMode.EVAL
    symbolic_size = name == "any_size"
    axes = {0: "batch", 2: "height", 3: "width"} if symbolic_size else {0: "batch"}
    torch.onnx.export(model, torch.zeros(1, *shape), f"{out_dir}/{name}.onnx", opset_version=13,
                      training=mode, do_constant_folding=not training,
                      input_names=["image"], dynamic_axes={"image": axes})
    bn_folded = not training and any(isinstance(m, nn.BatchNorm2d) for m in model.modules())
    expected = {
        "input": list(shape), "output": output, "layers": rows,
        "weights": sum(r["weights"] for r in rows), "biases": sum(r["biases"] for r in rows),
        "macs": sum(r["macs"] for r in rows),
        "params": sum(p.numel() for p in model.parameters()),
        # An eval export folds each BatchNorm into the conv before it: ONNX holds no
        # BatchNorm, so only the shapes can be compared.
        "shapes_only": bn_folded,
        # The file leaves height and width symbolic: the check gives the size with --input.
        "symbolic_size": symbolic_size,
    }
    with open(f"{out_dir}/{name}.expected.json", "w") as f:
        json.dump(expected, f, indent=1)
        f.write("\n")

def main():
    out_dir = sys.argv[1] if len(sys.argv) > 1 else "."
    models = SMALL if "--small" in sys.argv else SMALL + D2L
    if "--vgg16" in sys.argv:
        models = LARGE
    for entry in models:
        export(*entry, out_dir)
        print("exported", entry[0])

if __name__ == "__main__":
    main()
