import torch

# 形状写成元组或直接写成几个整数，效果相同
print(torch.ones((2, 3)))
#> tensor([[1., 1., 1.],
#>         [1., 1., 1.]])
print(torch.ones(2, 3))
#> tensor([[1., 1., 1.],
#>         [1., 1., 1.]])

# 默认的数据类型是 float32，所以打印出来带小数点
print(torch.ones(3).dtype)
#> torch.float32
