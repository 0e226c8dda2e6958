import torch

vector = torch.tensor([1, 2, 3])
print(vector)
#> tensor([1, 2, 3])

# 嵌套列表的每一层对应张量的一个维度：2 行，每行 3 个数
matrix = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(matrix)
#> tensor([[1, 2, 3],
#>         [4, 5, 6]])
print(matrix.shape)
#> torch.Size([2, 3])
