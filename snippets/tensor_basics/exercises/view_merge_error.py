import torch

X = torch.arange(12).reshape(3, 4)
P = X[:, 1:3]

# 存储位置 1, 2, 5, 6, 9, 10 的间隔是 1, 3, 1, 3, 1：没有固定步幅
P.view(6)
#> RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
