import torch

A = torch.tensor([[1, 2], [3, 4]])
B = torch.tensor([[5, 6], [7, 8]])

# @ 才是矩阵乘法：行与列做内积
print(A @ B)
#> tensor([[19, 22],
#>         [43, 50]])
