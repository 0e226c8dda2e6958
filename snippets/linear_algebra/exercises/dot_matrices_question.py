import torch

A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
B = torch.tensor([[0.5, -1.0], [2.0, 1.0]])

# 想求所有 A_ij * B_ij 之和
print(torch.dot(A, B))
#> RuntimeError: 1D tensors expected, but got 2D and 2D tensors
