import torch

A = torch.tensor([[1, 2], [3, 4]])
B = torch.tensor([[5, 6], [7, 8]])

# * 是逐元素相乘：每个位置各乘各的
print(A * B)
#> tensor([[ 5, 12],
#>         [21, 32]])
