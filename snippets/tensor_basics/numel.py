import torch

x = torch.arange(12)
print(x.numel())
#> 12

# numel() 等于各维长度的乘积，改变形状不会改变它
matrix = x.reshape(3, 4)
print(matrix.shape)
#> torch.Size([3, 4])
print(matrix.numel())
#> 12
