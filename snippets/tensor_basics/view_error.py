import torch

A = torch.arange(6).reshape(2, 3)

# A.T 按行展平要读 0, 3, 1, 4, 2, 5：没有一个固定的步幅能做到
A.T.view(6)
#> RuntimeError: view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
