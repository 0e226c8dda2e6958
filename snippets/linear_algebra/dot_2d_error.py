import torch

A = torch.ones(2, 2)
B = torch.ones(2, 2)

# torch.dot 只接受一维向量，不会替你把矩阵展平
print(torch.dot(A, B))
#> RuntimeError: 1D tensors expected, but got 2D and 2D tensors
