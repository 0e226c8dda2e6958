import torch

# 只给 end：从 0 开始，步长 1，不含 end
print(torch.arange(5))
#> tensor([0, 1, 2, 3, 4])

# start 和 end：包含 start，不含 end
print(torch.arange(2, 7))
#> tensor([2, 3, 4, 5, 6])

# 第三个参数是步长 step
print(torch.arange(1, 10, 2))
#> tensor([1, 3, 5, 7, 9])
